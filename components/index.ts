/** components/ — the React UI of the popup, the compare page and the options page, each with its zustand store; storage only through store/. */
export { PopupApp } from './popup/PopupApp';
export { CompareApp } from './compare/CompareApp';
export { OptionsApp } from './options/OptionsApp';
