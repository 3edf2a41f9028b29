// The input and output shape of each Secrets Manager operation, named as AWS's API model names
// them: `<Operation>Request` and `<Operation>Response` (see shapes.ts for the shapes themselves).
// The operations are the core's table; a shape missing from shapes.ts fails the typecheck.
import { operations, type OperationName } from "../core/index.ts";
import type { ShapeName } from "./shapes.ts";

/** The operations whose answer has no body (no output shape). */
const NO_OUTPUT = ["TagResource", "UntagResource"] as const satisfies readonly OperationName[];
type NoOutput = (typeof NO_OUTPUT)[number];

type MissingShape = Exclude<`${OperationName}Request` | `${Exclude<OperationName, NoOutput>}Response`, ShapeName>;
// Names the missing shape in the typecheck's error.
const everyOperationHasItsShapes: [MissingShape] extends [never] ? true : MissingShape = true;
void everyOperationHasItsShapes;

export interface OperationShapes {
  readonly input: ShapeName;
  readonly output?: ShapeName;
}

const hasNoOutput = (name: OperationName): boolean => (NO_OUTPUT as readonly OperationName[]).includes(name);

export const operationShapes: Readonly<Record<OperationName, OperationShapes>> = Object.fromEntries(
  (Object.keys(operations) as OperationName[]).map((name) => [
    name,
    { input: `${name}Request` as ShapeName, ...(!hasNoOutput(name) && { output: `${name}Response` as ShapeName }) },
  ]),
) as Record<OperationName, OperationShapes>;
