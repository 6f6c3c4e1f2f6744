// pdf.js ships no types for its worker module; Assay only hands it to pdf.js as the main-thread worker.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
