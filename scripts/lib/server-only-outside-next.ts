import { register } from "node:module";

/**
 * lib/ modules for the server start with `import "server-only"`, a marker for Next. Outside Next
 * (the lesson check, the fidelity reference) it resolves to an empty module. Call before importing them.
 */
export function allowServerOnlyOutsideNext(): void {
  register(
    "data:text/javascript,export async function resolve(s,c,n){if(s==='server-only')return{url:'data:text/javascript,',shortCircuit:true};return n(s,c)}",
  );
}
