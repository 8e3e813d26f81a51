/** netlab's socket library: framing, and the TCP/UDP helpers the demos are built on. */

export { acceptConnection } from './accept-connection.js';
export { type BindUdpOptions, bindUdp, type UdpEndpoint } from './bind-udp.js';
export { type ConnectTcpOptions, connectTcp } from './connect-tcp.js';
export { DelimiterDecoder } from './delimiter-decoder.js';
export { DELIMITER, encodeDelimitedFrame } from './delimiter-encoder.js';
export { DelimiterInPayloadError } from './delimiter-in-payload-error.js';
export { ephemeralPortRange, type PortRange } from './ephemeral-port-range.js';
export { FrameTooLargeError } from './frame-too-large-error.js';
export { type HttpListener, startHttpServer } from './http-server.js';
export { IdleTimeoutError } from './idle-timeout-error.js';
export { type InterfaceAddress, interfaceAddresses } from './interface-addresses.js';
export { findLargestDatagram, type LargestDatagram } from './largest-datagram.js';
export {
  DEFAULT_MAX_FRAME_LENGTH,
  type DecoderOptions,
  LengthPrefixDecoder,
} from './length-prefix-decoder.js';
export { encodeFrame, frameHeader, MAX_PREFIXED_LENGTH } from './length-prefix-encoder.js';
export { type ListenTcpOptions, listenTcp, type TcpListener } from './listen-tcp.js';
export { type RawExchange, rawHttpGet } from './raw-http-get.js';
export { readInPieces } from './read-in-pieces.js';
export { readUntilEnd } from './read-until-end.js';
export { sendDatagram } from './send-datagram.js';
export {
  bindFailure,
  connectionLost,
  endpoint,
  errorCode,
  socketError,
  timeoutError,
} from './socket-error.js';
export { TruncatedFrameError } from './truncated-frame-error.js';
export { waitForAbort } from './wait-for-abort.js';
export { InterruptedError, pause, waitForEvent } from './wait-for-event.js';
export { writeBytes } from './write-bytes.js';
