export { engine } from './engine';
export { rules } from './rules';
export { service } from './service';
export { outputs } from './outputs';
export { editor } from './editor';
export { cli } from './cli';
export { panels } from './panels';
