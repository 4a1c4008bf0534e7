/**
 * Where the element's tariffs come from: the bundled file, an inline
 * `<script type="application/json">`, a `tariffs` object or a `tariffs-src`
 * URL. Every path ends in a value, never an exception: either a validated
 * TariffSet or the reason it could not be had, with the validator's issues.
 */
import type { TariffIssue, TariffSet } from '../../engine/types.js';
import { validateTariffs, validateTariffsText } from '../../tariffs/validate.js';
import { MAX_DOCUMENT_BYTES } from '../../engine/limits.js';
import { Line, loadingIssue, render } from '../../tariffs/messages.js';
import { bundled as bundledDocument } from '../../tariffs/bundled.js';
import type { TariffErrorKind } from '../../i18n/strings.js';

export type TariffLoad =
  | { readonly ok: true; readonly tariffs: TariffSet }
  | {
      readonly ok: false;
      readonly kind: TariffErrorKind;
      readonly issues: readonly TariffIssue[];
      /** The HTTP status, for `http` failures. */
      readonly status?: number;
    };

let bundled: TariffLoad | undefined;

/** The bundled tariffs: validated by the build, or from source once per page however many elements there are. */
export function bundledTariffs(): TariffLoad {
  const validated = bundledDocument.validated;
  bundled ??= validated ? { ok: true, tariffs: validated } : fromObject(bundledDocument.document);
  return bundled;
}

/** A tariff document given as an object (the `tariffs` property). */
export function fromObject(json: unknown): TariffLoad {
  try {
    const result = validateTariffs(json);
    return result.ok
      ? { ok: true, tariffs: result.tariffs }
      : { ok: false, kind: 'invalid', issues: result.issues };
  } catch (error) {
    return { ok: false, kind: 'invalid', issues: [loadingIssue('unexpected-error', { detail: `${error}` })] };
  }
}

/** A tariff document given as JSON text (an inline script or a fetched file). */
export function fromText(text: string): TariffLoad {
  try {
    const result = validateTariffsText(text);
    if (result.ok) return { ok: true, tariffs: result.tariffs };
    // The validator reports syntax errors with line and column; only the
    // panel's first sentence needs to know which kind of failure this is.
    return { ok: false, kind: isJson(text) ? 'invalid' : 'json', issues: result.issues };
  } catch (error) {
    return { ok: false, kind: 'invalid', issues: [loadingIssue('unexpected-error', { detail: `${error}` })] };
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetches and validates `url`. Gives up after `timeoutMs`; `signal` lets the
 * element abandon a request it no longer needs (a new URL, disconnection).
 */
export async function fromUrl(url: string, timeoutMs: number, signal?: AbortSignal): Promise<TariffLoad> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      return {
        ok: false,
        kind: 'http',
        status: response.status,
        issues: [loadingIssue('fetch-status', { url, status: response.status })],
      };
    }
    const text = await readCapped(response, MAX_DOCUMENT_BYTES);
    return text === null ? { ok: false, kind: 'invalid', issues: [tooLarge()] } : fromText(text);
  } catch (error) {
    if (timedOut) {
      return { ok: false, kind: 'timeout', issues: [loadingIssue('fetch-timeout', { url, seconds: timeoutMs / 1000 })] };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'network', issues: [loadingIssue('fetch-failed', { url, detail })] };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/**
 * The body as text, or null as soon as it is longer than `maxBytes`: a huge
 * response is given up while it streams, before it fills the visitor's memory.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) {
    const text = await response.text();
    return text.length > maxBytes ? null : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The validator's own issue for a document over the size limit. */
function tooLarge(): TariffIssue {
  const [message, messageEn] = render(Line.TOO_LARGE, {});
  return { code: 'too-large', params: {}, path: '', message, messageEn };
}
