"use client";
// Radix's scroll lock (react-remove-scroll) adds a <style> element while a modal is open. Under
// the page policy (lib/http/page-policy.ts) a style element runs only with the page's nonce, so
// hand it the nonce Next put on its own scripts. Read from the DOM (`.nonce`: browsers hide the
// attribute's value from markup and CSS), never sent in a payload. Imported for its effect.
import { setNonce } from "get-nonce";

if (typeof document !== "undefined") {
  const nonce = document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce;
  if (nonce) setNonce(nonce);
}
