export { favourSmallHeap, steadyHeap, withSmallHeap, withSteadyHeap } from './heapPolicy.js';
export { limitMallocArenas, releaseFreeMallocMemory, type MallocArenaLimit } from './mallocPolicy.js';
