// A real SMTP server for the mail tests (npm `smtp-server`): accepts every message and appends
// one JSON line per message to OUT_FILE: {"from","to":[...],"secure":bool,"data":"<raw message>"}.
// With CERT and KEY it offers STARTTLS with that certificate; `secure` then tells whether the
// client upgraded. Usage: node smtp_sink.js PORT OUT_FILE [CERT KEY]
'use strict';
const fs = require('fs');
const { SMTPServer } = require('smtp-server');

const [port, outFile, certFile, keyFile] = process.argv.slice(2);
const options = {
  authOptional: true,
  disabledCommands: certFile ? [] : ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const record = {
        from: session.envelope.mailFrom && session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((r) => r.address),
        secure: Boolean(session.secure),
        data: Buffer.concat(chunks).toString('utf8'),
      };
      fs.appendFileSync(outFile, JSON.stringify(record) + '\n');
      callback();
    });
  },
};
if (certFile) {
  options.cert = fs.readFileSync(certFile);
  options.key = fs.readFileSync(keyFile);
}
const server = new SMTPServer(options);
server.on('error', (e) => console.error('smtp_sink:', e.message));
server.listen(Number(port), '127.0.0.1', () => console.log('smtp_sink listening on ' + port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
