// Draft.js's fbjs helpers read Node's `global`; browsers only have globalThis.
// Imported before draft-js, as sites bundling Draft.js with Vite do.
(globalThis as { global?: typeof globalThis }).global ??= globalThis;
