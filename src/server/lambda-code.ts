// Where a local rotation function's code is: the forms of `--lambda ARN=CODE`.
//
//   FILE.py               Python: the function lambda_handler of FILE.py (the name AWS's rotation
//                         templates use)
//   FILE                  JavaScript (.mjs, .js, .cjs): the exported function handler
//   DIR:MODULE.FUNCTION   Lambda's Handler setting in the code directory DIR (the unzipped
//                         deployment package): Python when DIR holds MODULE.py or a package
//                         MODULE/__init__.py (pkg.mod or pkg/mod), JavaScript when it holds
//                         MODULE.js, .mjs or .cjs
//
// A CODE that names an existing file is that file, even with a colon in its path.
// AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html#python-handler-naming
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export interface FunctionCode {
  readonly runtime: "nodejs" | "python";
  /** The code's directory (Lambda's LAMBDA_TASK_ROOT); Python imports from it first. */
  readonly taskRoot: string;
  /** The module's file (absolute), or, for Python's DIR:MODULE.FUNCTION, the module's name. */
  readonly module: string;
  /** The handler's name in the module. */
  readonly handler: string;
}

export const CODE_FORMS = "FILE.py (its lambda_handler), FILE.mjs/.js/.cjs (its exported handler), or DIR:MODULE.FUNCTION (Lambda's handler setting)";

/** Python's default handler name in AWS's rotation templates and Lambda's console. */
const PYTHON_HANDLER = "lambda_handler";
const JAVASCRIPT_HANDLER = "handler";
const JAVASCRIPT_EXTENSIONS = [".js", ".mjs", ".cjs"];
const HANDLER_SETTING = /^(.+):([A-Za-z0-9_][A-Za-z0-9_./-]*\.[A-Za-z_$][A-Za-z0-9_$]*)$/;

/** The code `given` names, or why it names none. */
export function functionCode(given: string): FunctionCode | { readonly error: string } {
  const path = resolve(given);
  if (isFile(path)) {
    return given.endsWith(".py")
      ? { runtime: "python", taskRoot: dirname(path), module: path, handler: PYTHON_HANDLER }
      : { runtime: "nodejs", taskRoot: dirname(path), module: path, handler: JAVASCRIPT_HANDLER };
  }
  const setting = HANDLER_SETTING.exec(given);
  if (setting === null) return { error: `there is no file ${path}` };
  const [, directory = "", handler = ""] = setting;
  const taskRoot = resolve(directory);
  if (!isDirectory(taskRoot)) return { error: `there is no directory ${taskRoot}` };
  const found = [...pythonModule(taskRoot, handler), ...javascriptModule(taskRoot, handler)];
  if (found.length === 1) return found[0]!;
  const module = handler.slice(0, handler.lastIndexOf("."));
  if (found.length === 0) return { error: `${taskRoot} holds no module ${module} (${module}.py, ${module}/__init__.py, ${module}.js, .mjs or .cjs)` };
  return { error: `${taskRoot} holds both a Python and a JavaScript module ${module}: name the file instead` };
}

/** Lambda's Python runtime splits the handler at its last dot; slashes in the module name stand for dots. */
function pythonModule(taskRoot: string, handler: string): FunctionCode[] {
  const dot = handler.lastIndexOf(".");
  const name = handler.slice(0, dot).replaceAll("/", ".");
  const file = join(taskRoot, ...name.split("."));
  if (!isFile(`${file}.py`) && !isFile(join(file, "__init__.py"))) return [];
  return [{ runtime: "python", taskRoot, module: name, handler: handler.slice(dot + 1) }];
}

/** Lambda's Node.js runtime splits the handler at the first dot after the last slash. */
function javascriptModule(taskRoot: string, handler: string): FunctionCode[] {
  const slash = handler.lastIndexOf("/");
  const dot = handler.indexOf(".", slash + 1);
  const base = join(taskRoot, handler.slice(0, dot));
  const file = JAVASCRIPT_EXTENSIONS.map((extension) => base + extension).find(isFile);
  return file === undefined ? [] : [{ runtime: "nodejs", taskRoot, module: file, handler: handler.slice(dot + 1) }];
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
