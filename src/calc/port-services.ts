/** A transport protocol a service runs over. */
export type Transport = 'tcp' | 'udp';

/** One well-known service on one port and transport. */
export interface PortService {
  readonly port: number;
  readonly transport: Transport;
  /** What a course calls it. */
  readonly name: string;
  /** The service name in IANA's port registry; `null` is kept for a port known by common use only (none today). */
  readonly ianaName: string | null;
  /** One line on what it is, with its defining RFC where there is one. */
  readonly description: string;
}

/*
 * A curated table of the services a networking course meets, not the whole IANA registry
 * (https://www.iana.org/assignments/service-names-port-numbers/). One row per port and transport
 * actually in use. Where common use differs from IANA's assignment (1521, 8443) the IANA name is
 * kept and the description says so. Every IANA name is checked against the transcribed registry
 * excerpt in data/iana/service-names-excerpt.csv and against /etc/services (Debian netbase).
 *
 * Columns: port, transport, name, IANA service name, description.
 */
type Row = readonly [number, Transport, string, string | null, string];

// biome-ignore format: one service a line reads as a table
const ROWS: readonly Row[] = [
  [20, 'tcp', 'FTP data', 'ftp-data', 'File Transfer Protocol, data connection (RFC 959)'],
  [21, 'tcp', 'FTP', 'ftp', 'File Transfer Protocol, control connection (RFC 959)'],
  [22, 'tcp', 'SSH', 'ssh', 'Secure Shell remote login (RFC 4253)'],
  [23, 'tcp', 'Telnet', 'telnet', 'Unencrypted remote terminal (RFC 854)'],
  [25, 'tcp', 'SMTP', 'smtp', 'Mail transfer between servers (RFC 5321)'],
  [53, 'udp', 'DNS', 'domain', 'Domain Name System queries (RFC 1035)'],
  [53, 'tcp', 'DNS', 'domain', 'DNS over TCP: large answers and zone transfers (RFC 7766)'],
  [67, 'udp', 'DHCP server', 'bootps', 'DHCP/BOOTP server side (RFC 2131)'],
  [68, 'udp', 'DHCP client', 'bootpc', 'DHCP/BOOTP client side (RFC 2131)'],
  [69, 'udp', 'TFTP', 'tftp', 'Trivial File Transfer Protocol (RFC 1350)'],
  [80, 'tcp', 'HTTP', 'http', 'The web, unencrypted (RFC 9112)'],
  [110, 'tcp', 'POP3', 'pop3', 'Post Office Protocol: fetch mail (RFC 1939)'],
  [123, 'udp', 'NTP', 'ntp', 'Network Time Protocol (RFC 5905)'],
  [137, 'udp', 'NetBIOS name', 'netbios-ns', 'NetBIOS name service, Windows networking (RFC 1002)'],
  [138, 'udp', 'NetBIOS datagram', 'netbios-dgm', 'NetBIOS datagram service (RFC 1002)'],
  [139, 'tcp', 'NetBIOS session', 'netbios-ssn', 'NetBIOS session service, SMB over NetBIOS (RFC 1002)'],
  [143, 'tcp', 'IMAP', 'imap', 'Internet Message Access Protocol (RFC 9051)'],
  [161, 'udp', 'SNMP', 'snmp', 'Simple Network Management Protocol (RFC 3411)'],
  [162, 'udp', 'SNMP trap', 'snmptrap', 'SNMP notifications sent to a manager (RFC 3411)'],
  [179, 'tcp', 'BGP', 'bgp', 'Border Gateway Protocol between routers (RFC 4271)'],
  [389, 'tcp', 'LDAP', 'ldap', 'Lightweight Directory Access Protocol (RFC 4511)'],
  [443, 'tcp', 'HTTPS', 'https', 'HTTP over TLS (RFC 9110)'],
  [443, 'udp', 'HTTP/3', 'https', 'HTTP/3 over QUIC (RFC 9114)'],
  [445, 'tcp', 'SMB', 'microsoft-ds', 'Windows file sharing, SMB directly over TCP'],
  [465, 'tcp', 'SMTP submission (TLS)', 'submissions', 'Mail submission over implicit TLS (RFC 8314)'],
  [514, 'udp', 'Syslog', 'syslog', 'System log messages (RFC 5426)'],
  [514, 'tcp', 'rsh', 'shell', 'Remote shell, historic and unencrypted; not syslog on TCP'],
  [587, 'tcp', 'SMTP submission', 'submission', 'Mail submission from a client (RFC 6409)'],
  [636, 'tcp', 'LDAPS', 'ldaps', 'LDAP over TLS (RFC 4513)'],
  [853, 'tcp', 'DNS over TLS', 'domain-s', 'Encrypted DNS over TLS (RFC 7858)'],
  [853, 'udp', 'DNS over QUIC', 'domain-s', 'Encrypted DNS over QUIC (RFC 9250)'],
  [993, 'tcp', 'IMAPS', 'imaps', 'IMAP over TLS (RFC 8314)'],
  [995, 'tcp', 'POP3S', 'pop3s', 'POP3 over TLS (RFC 8314)'],
  [1433, 'tcp', 'SQL Server', 'ms-sql-s', 'Microsoft SQL Server'],
  [1521, 'tcp', 'Oracle DB', 'ncube-lm', 'Oracle database listener by common use; IANA lists nCube License Manager'],
  [1883, 'tcp', 'MQTT', 'mqtt', 'MQTT publish/subscribe messaging, IoT'],
  [3306, 'tcp', 'MySQL', 'mysql', 'MySQL and MariaDB'],
  [3389, 'tcp', 'RDP', 'ms-wbt-server', 'Remote Desktop Protocol (Windows)'],
  [5060, 'udp', 'SIP', 'sip', 'Session Initiation Protocol, VoIP signalling (RFC 3261)'],
  [5060, 'tcp', 'SIP', 'sip', 'SIP over TCP (RFC 3261)'],
  [5353, 'udp', 'mDNS', 'mdns', 'Multicast DNS, local name discovery (RFC 6762)'],
  [5432, 'tcp', 'PostgreSQL', 'postgresql', 'PostgreSQL database'],
  [5900, 'tcp', 'VNC', 'rfb', 'Remote Framebuffer, VNC remote desktop (RFC 6143)'],
  [6379, 'tcp', 'Redis', 'redis', 'Redis key-value store'],
  [8080, 'tcp', 'HTTP alternate', 'http-alt', 'A second web server or proxy, often in development'],
  [8443, 'tcp', 'HTTPS alternate', 'pcsync-https', 'A second HTTPS server by common use; IANA lists pcsync-https'],
  [27017, 'tcp', 'MongoDB', 'mongodb', 'MongoDB database'],
];

/** The curated services, one per port and transport, in port order. */
export const PORT_SERVICES: readonly PortService[] = ROWS.map(
  ([port, transport, name, ianaName, description]) => ({
    port,
    transport,
    name,
    ianaName,
    description,
  }),
);
