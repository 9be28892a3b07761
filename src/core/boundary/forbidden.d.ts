// The core does no I/O and knows nothing of the editor: src/core/tsconfig.json maps `vscode`, `fs`
// and `node:*` here. This file is deliberately not a module, so such an import fails to type-check
// ("is not a module") instead of silently resolving to node_modules/@types.
