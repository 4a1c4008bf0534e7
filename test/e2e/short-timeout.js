// Shortens the element's tariffs-src timeout (10 s) so that a test can see it
// expire; loaded right after hotline-calculator.js, before any element upgrades.
customElements.get('hotline-calculator').tariffsTimeoutMs = 500;
