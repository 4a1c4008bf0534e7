/**
 * DOM helpers of the tariff preview page. File contents only ever become text
 * nodes, never markup.
 */

/** An element with text content only. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * A JSON path as `<code>` that a narrow screen may wrap before each `.` and
 * `[` (`plans[3]` / `.addOns` / `.ivr`), never inside a name.
 */
export function pathCode(path: string): HTMLElement {
  const code = element('code');
  path.split(/(?=[.[])/).forEach((part, index) => {
    if (index > 0) code.append(document.createElement('wbr'));
    code.append(element('span', part, 'path-part'));
  });
  return code;
}
