/**
 * A page script for DOM tests: every shadow root attached on the page, closed ones too, is kept in
 * `window.roots`, so a test reaches the overlay's elements as a user's assistive tools would see them.
 */
export const KEEP_SHADOW_ROOTS = `
    window.roots = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); window.roots.push(r); return r; };`;
