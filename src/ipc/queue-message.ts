/**
 * The size of one message of the `mpqueue` part's shared queue: PIPE_BUF on Linux, the most one
 * write() may carry and still reach a pipe whole when several processes write to it.
 */
export const MESSAGE = 4096;
