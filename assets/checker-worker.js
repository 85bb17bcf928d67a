// The graph checker's worker (see src/platform/checker.rs): it reads what
// the page hands it (text, a File, or bytes), decodes it, checks it with
// the graph checker's WebAssembly and answers with the compact bytes.
//
// Messages from the page:
//   [id, kind, title, [[name, piece], ...], keep]
//     kind: "json" (one piece) or "csv" (a piece per file, or one text
//     piece holding the JSON list of [name, text] pairs the app keeps);
//     piece: a string, a Blob/File, or a Uint8Array.
// Answers:
//   [id, bytes, kept]      bytes: Uint8Array (moved); kept: the text to
//                          keep when `keep` was asked, else null
//   [id, null, why, name]  the piece `name` is not text
//   [-1, null, why]        the WebAssembly could not start
// In the offline file the page starts this script from a blob: address,
// with the wasm-bindgen glue before it, and sends {packed: gzip bytes}
// first; hosted, the glue and the WebAssembly are files next to it.
'use strict';

let ready = null;

function start(first) {
  if (first && first.packed) {
    const unpacked = new Blob([first.packed]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(unpacked).arrayBuffer().then((bytes) => wasm_bindgen({ module_or_path: bytes }));
  }
  if (typeof wasm_bindgen === 'undefined') importScripts('./graph-checker.js');
  return wasm_bindgen({ module_or_path: './graph-checker_bg.wasm' });
}

class NotText extends Error {}

async function textOf(piece) {
  if (typeof piece === 'string') return piece;
  const bytes = piece instanceof Blob ? new Uint8Array(await piece.arrayBuffer()) : piece;
  // UTF-8, with or without a byte order mark (dropped), or UTF-16 with one.
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new NotText();
  }
}

async function answer([id, kind, title, pieces, keep]) {
  const texts = [];
  for (const [name, piece] of pieces) {
    try {
      texts.push([name, await textOf(piece)]);
    } catch (e) {
      if (e instanceof NotText) return self.postMessage([id, null, 'not text', name]);
      throw e;
    }
  }
  // Files of a spreadsheet travel as the list the app keeps them as.
  const text = kind === 'csv' && !(texts.length === 1 && typeof pieces[0][1] === 'string')
    ? JSON.stringify(texts)
    : (texts[0] ? texts[0][1] : '');
  const bytes = wasm_bindgen.check(kind, text, title);
  self.postMessage([id, bytes, keep ? text : null], [bytes.buffer]);
}

function failed(e) {
  self.postMessage([-1, null, `its WebAssembly did not start: ${e && e.message ? e.message : e}`]);
  throw e;
}

// Hosted, the WebAssembly is a file next to this script: start at once
// (the page starts this worker while it downloads a graph). In the offline
// file the glue comes first and the first message brings the WebAssembly.
if (typeof wasm_bindgen === 'undefined') ready = start(null).catch(failed);

self.onmessage = (event) => {
  if (!ready) {
    const first = event.data && !Array.isArray(event.data) ? event.data : null;
    ready = start(first).catch(failed);
    if (first) return;
  }
  const message = event.data;
  ready.then(() => answer(message)).catch((e) => {
    self.postMessage([-1, null, `it failed: ${e && e.message ? e.message : e}`]);
  });
};
