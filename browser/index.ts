/** browser/ — everything that touches the browser: injecting the reader into the reviewer's tab, the typed message protocol, highlighting quotes, tab support and downloads; related/ reads the vendor's other pages in the background. */
export { createPopupBrowser, type PopupBrowser, type TabInfo } from './popup-services';
export { readActivePage, type PageReading } from './read-active-page';
export { installHighlighter } from './highlighter';
export { checkTab } from './tab-support';
export { saveFile } from './save-file';
