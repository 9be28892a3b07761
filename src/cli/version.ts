// The CLI's version: package.json's, bundled in (--version, and the SARIF report's tool version).
import { version } from '../../package.json';

export const VERSION: string = version;
