// `node cli-entry.js ARGS…` runs the CLI of the build this file belongs to (bin/dossier.js always runs dist/).
// Tests spawn it as a real script file: worker threads inherit the parent's Node flags, which rules out `node -e`.
import { main } from "../cli/main.js";

main();
