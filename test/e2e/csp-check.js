// Does what the widget must never do (eval, an inline style attribute), from
// a page script: under the strict policy both are blocked and reported. The
// CSP tests use it to prove that they would see a violation.
(function () {
  'use strict';
  var outcome = { evaluated: 'blocked', inlineStyle: '' };
  try {
    new Function('return 1')();
    outcome.evaluated = 'allowed';
  } catch (error) {
    // blocked by script-src without 'unsafe-eval'
  }
  var styled = document.createElement('p');
  styled.setAttribute('style', 'color: rgb(255, 0, 0)');
  document.documentElement.appendChild(styled);
  outcome.inlineStyle = getComputedStyle(styled).color;
  window.__cspCheck = outcome;
})();
