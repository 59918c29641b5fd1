#!/bin/sh
# Regenerate everything deterministically and validate (Node >= 20, no npm deps).
set -e
cd "$(dirname "$0")"
node gen-fleet.mjs
node gen-desk.mjs
node make-md.mjs
node validate.mjs
