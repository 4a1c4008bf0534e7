// Loaded first by every embedding fixture page (a classic same-origin script,
// so it runs under the strictest CSP too). It records what the tests assert
// on: uncaught errors, CSP violations and the widget's events, and offers a
// query that crosses shadow roots.
(function () {
  'use strict';
  var probe = { errors: [], violations: [], events: [] };
  window.__hotline = probe;

  window.addEventListener('error', function (event) {
    probe.errors.push(String(event.message || event.error));
  });
  window.addEventListener('unhandledrejection', function (event) {
    probe.errors.push('unhandled rejection: ' + String(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    probe.violations.push(event.violatedDirective + ' blocked ' + event.blockedURI + ' ' + (event.sample || ''));
  });
  ['hotline-tariffs-error', 'hotline-quote-change', 'hotline-plan-select'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var detail = type === 'hotline-tariffs-error' ? JSON.parse(JSON.stringify(event.detail)) : null;
      probe.events.push({ type: type, target: event.target && event.target.id, detail: detail });
    });
  });

  /** Every element under `root` (default: the document) matching `selector`, inside shadow roots too. */
  probe.deepAll = function (selector, root) {
    var found = [];
    (function walk(node) {
      node.querySelectorAll('*').forEach(function (element) {
        if (element.matches(selector)) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      });
    })(root || document);
    return found;
  };

  /** Elements with `part` in the element `host`'s shadow tree (nested shadow roots included). */
  probe.parts = function (host, part) {
    return host.shadowRoot ? probe.deepAll('[part~="' + part + '"]', host.shadowRoot) : [];
  };

  /** The text a visitor can read in `host`'s shadow tree (nested shadow roots included). */
  probe.text = function (host) {
    var text = '';
    (function walk(node) {
      node.childNodes.forEach(function (child) {
        if (child.nodeType === Node.TEXT_NODE) text += child.data;
        else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== 'style') {
          if (child.shadowRoot) walk(child.shadowRoot);
          walk(child);
          text += ' ';
        }
      });
    })(host.shadowRoot || host);
    return text.replace(/\s+/g, ' ');
  };
})();
