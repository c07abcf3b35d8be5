#!/usr/bin/env node
// npm puts only the installed package's own bins on PATH (npm install -g @hx4/all), so @hx4/all has an hx4 of its
// own: @hx4/cli's, which finds the archives installed beside it.
import '@hx4/cli/bin/hx4.js';
