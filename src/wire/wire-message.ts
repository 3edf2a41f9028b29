// One HTTP exchange as the protocol sees it: plain data, no socket.

export interface WireRequest {
  readonly method: string;
  /** May carry a "?query". */
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  /** The body's bytes as received, when it came over the network: the signature covers them. */
  readonly bodyBytes?: Uint8Array;
}

export interface WireResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}
