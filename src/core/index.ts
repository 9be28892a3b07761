// The core's public surface: everything the CLI, the extension and the webviews use.
export * from './types';
export type * from './protocol';
