// The strategy-yaml language's editor defaults (issue 12): prose in strategy files (en dashes, Persian)
// is not boxed as ambiguous or non-ASCII, while invisible characters still are.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, workspaceUri } from './helpers';

describe('strategy-yaml editor defaults', () => {
  it('turns off ambiguous and non-ASCII highlighting for strategy files, not invisible characters', async () => {
    await extensionApi();
    const document = await vscode.workspace.openTextDocument(workspaceUri('good.strategy.yaml'));
    assert.equal(document.languageId, 'strategy-yaml');
    const editor = vscode.workspace.getConfiguration('editor', document);
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(editor.get('unicodeHighlight.nonBasicASCII'), false);
    assert.equal(editor.get('unicodeHighlight.invisibleCharacters'), true);
    // Other YAML keeps VS Code's defaults.
    const yaml = vscode.workspace.getConfiguration('editor', { languageId: 'yaml' });
    assert.equal(yaml.get('unicodeHighlight.ambiguousCharacters'), true);
  });
});
