/**
 * The floor of the first-price benchmark: a bare Lit element under the
 * calculator's tag with one plan card holding one price, built as the
 * calculator is. What it takes from the end of its script to its card
 * painted is what the browser and Lit take for any element on that page.
 */
import { html, LitElement } from 'lit';

class BareCard extends LitElement {
  override render() {
    return html`<div class="card">¥100.00</div>`;
  }
}

class BareCalculator extends LitElement {
  override render() {
    return html`<h2>Plans</h2><hotline-plan-card></hotline-plan-card>`;
  }
}

customElements.define('hotline-plan-card', BareCard);
customElements.define('hotline-calculator', BareCalculator);
