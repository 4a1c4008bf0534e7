/**
 * The one way this package registers its elements. A page that loads the
 * script twice, or two builds of it, gets one console warning per copy and
 * keeps the first definitions; registering never throws.
 */

/** Defines an element unless the page already has one of that name. */
export type DefineOnce = (name: string, constructor: CustomElementConstructor) => boolean;

/**
 * A registration function with a guard of its own: it defines `name` unless
 * something already did, and warns once (not once per element) when it had
 * to skip. Each copy of the script makes one, in its entry module.
 */
export function elementRegistrar(): DefineOnce {
  let warned = false;
  return (name, constructor) => {
    try {
      if (customElements.get(name)) {
        if (!warned) {
          warned = true;
          console.warn(`<${name}> is already defined (the script was probably loaded twice); keeping the first definition.`);
        }
        return false;
      }
      // Through a variable, so that the manifest analyzer does not take this
      // generic call for the definition of an element named `name`.
      const registry: CustomElementRegistry = customElements;
      registry.define(name, constructor);
      return true;
    } catch (error) {
      console.warn(`<${name}> could not be defined:`, error);
      return false;
    }
  };
}
