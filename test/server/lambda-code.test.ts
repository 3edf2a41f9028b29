// The forms of --lambda ARN=CODE: FILE.py, a JavaScript FILE, and DIR:MODULE.FUNCTION as
// Lambda's handler setting.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { functionCode } from "../../src/server/lambda-code.ts";
import { temporaryDirectory } from "../support/temp-directory.ts";

const directory = temporaryDirectory("lambda-code");
for (const file of ["rotate.py", "index.mjs", "both.py", "both.js", "pkg/__init__.py", "pkg/steps.py", "lib/app.cjs", "with:colon/rotate.py"]) {
  mkdirSync(join(directory, file, ".."), { recursive: true });
  writeFileSync(join(directory, file), "");
}

describe("the code of --lambda ARN=CODE", () => {
  it("FILE.py is Python, with the lambda_handler of AWS's templates; any other file is JavaScript, with its exported handler", () => {
    expect(functionCode(join(directory, "rotate.py"))).toEqual({ runtime: "python", taskRoot: directory, module: join(directory, "rotate.py"), handler: "lambda_handler" });
    expect(functionCode(join(directory, "index.mjs"))).toEqual({ runtime: "nodejs", taskRoot: directory, module: join(directory, "index.mjs"), handler: "handler" });
  });

  it("a file whose path holds a colon is that file", () => {
    const path = join(directory, "with:colon/rotate.py");
    expect(functionCode(path)).toMatchObject({ runtime: "python", module: path });
  });

  it("DIR:MODULE.FUNCTION is Lambda's handler setting: the language is that of the module DIR holds", () => {
    expect(functionCode(`${directory}:rotate.lambda_handler`)).toEqual({ runtime: "python", taskRoot: directory, module: "rotate", handler: "lambda_handler" });
    expect(functionCode(`${directory}:pkg.steps.rotate`)).toEqual({ runtime: "python", taskRoot: directory, module: "pkg.steps", handler: "rotate" });
    expect(functionCode(`${directory}:pkg/steps.rotate`)).toEqual({ runtime: "python", taskRoot: directory, module: "pkg.steps", handler: "rotate" });
    expect(functionCode(`${directory}:pkg.handler`)).toEqual({ runtime: "python", taskRoot: directory, module: "pkg", handler: "handler" });
    expect(functionCode(`${directory}:index.handler`)).toEqual({ runtime: "nodejs", taskRoot: directory, module: join(directory, "index.mjs"), handler: "handler" });
    expect(functionCode(`${directory}:lib/app.rotate`)).toEqual({ runtime: "nodejs", taskRoot: directory, module: join(directory, "lib/app.cjs"), handler: "rotate" });
  });

  it("says why when the code is not there, or is ambiguous", () => {
    expect(functionCode(join(directory, "missing.py"))).toEqual({ error: `there is no file ${join(directory, "missing.py")}` });
    expect(functionCode(`${directory}:missing.handler`)).toEqual({
      error: `${directory} holds no module missing (missing.py, missing/__init__.py, missing.js, .mjs or .cjs)`,
    });
    expect(functionCode(`${join(directory, "nowhere")}:rotate.handler`)).toEqual({ error: `there is no directory ${join(directory, "nowhere")}` });
    expect(functionCode(`${directory}:both.handler`)).toEqual({ error: `${directory} holds both a Python and a JavaScript module both: name the file instead` });
  });
});
