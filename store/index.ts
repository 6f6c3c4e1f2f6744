/** store/ — keeps assessments, vendors, rubrics and settings in IndexedDB (Dexie): schema and migrations, repositories, live hooks, and the JSON backup. */
export { createRepository, type Repository } from './repository';
export { getDb, AssayDb } from './database';
export { exportBackup, planImport, applyImport, BackupError } from './backup';
export { StorageFullError, NoVendorError } from './errors';
