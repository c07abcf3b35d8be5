export { favourSmallHeap, steadyHeap, withSmallHeap, withSteadyHeap } from './heapPolicy.js';
