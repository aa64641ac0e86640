#!/usr/bin/env node
// The `tvaers` command. The compiled code lives in ../dist (run `pnpm build` first).
import { main } from "../dist/main.js";

process.exitCode = await main(process.argv.slice(2));
