/** The file transfer behind `netlab send` and `netlab receive`: protocol, ends and reporting. */
export { fileNameProblem, MAX_NAME_BYTES } from './check-file-name.js';
export {
  ackFrame,
  dataFramePrefix,
  endFrame,
  errorFrame,
  headerFrame,
} from './encode-transfer-frame.js';
export { escapeText, quoteName } from './escape-text.js';
export { formatBytes, formatRate, formatSeconds, megabytesPerSecond } from './format-units.js';
export { parseTarget, type Target } from './parse-target.js';
export { parseTimeout } from './parse-timeout.js';
export { parseTransferFrame } from './parse-transfer-frame.js';
export { PartFile } from './part-file.js';
export {
  type ReceiveOptions,
  type ReceiveOutcome,
  receiveConnection,
} from './receive-connection.js';
export { type SendOptions, sendFiles } from './send-files.js';
export { type ReceiverOptions, type RunningReceiver, startReceiver } from './start-receiver.js';
export { TransferError, type TransferErrorCode } from './transfer-error.js';
export type { TransferEvent, TransferListener, TransferSide } from './transfer-event.js';
export type { FileAck, FileHeader, PeerError, TransferMessage } from './transfer-message.js';
export { TransferReporter } from './transfer-reporter.js';
export { renderProgressLine, renderSummaryLine } from './transfer-text.js';
export * from './wire-format.js';
