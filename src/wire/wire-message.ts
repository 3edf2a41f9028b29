// One HTTP exchange as the protocol sees it: plain data, no socket.

export interface WireRequest {
  readonly method: string;
  /** May carry a "?query". */
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

export interface WireResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}
