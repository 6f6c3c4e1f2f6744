/**
 * zod's English messages for zod/mini, which loads no locale: without one, an issue with no message of its own
 * reads only "Invalid input". The rubric and backup schemas show those messages to the reviewer ("Too big: expected
 * string to have <=80 characters"), so they import this module once. English alone: `z.locales.en` would bundle
 * every locale (esbuild cannot shake a namespace inside a namespace).
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
