#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node
// The compiled CLI lives in dist/ (built by `npm ci` through the prepare script).
// MALLOC_ARENA_MAX=2: glibc gives each thread its own malloc arena, and page bytes allocated by the reading thread and
// freed by a worker thread fragment them; with --jobs 2 on a 200 MB WARC the process peaked at 473 MB with the
// default arenas and 427 MB with two, at the same speed.
import { main } from "../dist/src/cli/main.js";

main();
