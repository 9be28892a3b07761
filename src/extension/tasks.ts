// A `strategy-lint` task runs the CLI over the workspace; the `$strategy-lint` problem matcher (declared
// in package.json) reads its text output, `file:line:col  severity  message  code`.
import * as vscode from 'vscode';
import { TASK_TYPE } from './ids';

export interface StrategyLintTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  /** Files or folders to lint; the workspace folder when absent. */
  files?: string[];
}

function createTask(folder: vscode.WorkspaceFolder, definition: StrategyLintTaskDefinition): vscode.Task {
  const files = definition.files?.length ? definition.files : ['.'];
  const task = new vscode.Task(
    definition,
    folder,
    vscode.l10n.t('Check strategy files'),
    TASK_TYPE,
    new vscode.ShellExecution('npx', ['--no-install', 'strategy-lint', 'lint', ...files], {
      cwd: folder.uri.fsPath,
    }),
    '$strategy-lint',
  );
  task.group = vscode.TaskGroup.Test;
  return task;
}

export function registerTasks(): vscode.Disposable {
  return vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks() {
      return (vscode.workspace.workspaceFolders ?? [])
        .filter((f) => f.uri.scheme === 'file')
        .map((f) => createTask(f, { type: TASK_TYPE }));
    },
    resolveTask(task) {
      const definition = task.definition as StrategyLintTaskDefinition;
      const scope = task.scope;
      if (definition.type !== TASK_TYPE || typeof scope !== 'object') return undefined;
      return createTask(scope, definition);
    },
  });
}
