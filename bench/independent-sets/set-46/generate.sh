#!/bin/sh
# Regenerate the Veltrica Therapeutics set deterministically and validate it.
set -e
cd "$(dirname "$0")"
node gen-fleet.mjs
node gen-desk.mjs
node make-md.mjs
node validate.mjs
