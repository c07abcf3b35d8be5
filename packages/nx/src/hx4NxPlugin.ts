import type { NxPluginV2 } from '@nx/devkit';
import { createNodesV2 } from './createNodesV2.js';

/** The plugin as Nx loads it: Nx names the plugin object it gets, and an ES module's namespace cannot be given a name. */
export const hx4NxPlugin: NxPluginV2 = { name: '@hx4/nx', createNodesV2 };
