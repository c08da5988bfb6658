#!/usr/bin/env node
// Signs the requests described in a JSON file (argv[2]) with AWS's own JavaScript signer,
// @smithy/signature-v4 with @aws-crypto/sha256-js, configured as the AWS SDK configures it
// for S3 (no path normalisation or double encoding). Prints one JSON array of results.
//
// Each case: {kind: "presign"|"header", virtual, method, host, bucket, key, query, expires, time,
//             region, accessKeyId, secretAccessKey, sessionToken, payloadHash}
// The object path is built here independently, the way the AWS SDK builds S3 paths
// (each key segment through extendedEncodeURIComponent), so the comparison covers key
// encoding as well as signing.
'use strict';
const fs = require('fs');
const { SignatureV4 } = require('@smithy/signature-v4');
const { Sha256 } = require('@aws-crypto/sha256-js');

// @smithy/smithy-client's extendedEncodeURIComponent.
function extendedEncodeURIComponent(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

async function signOne(c) {
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: c.accessKeyId,
      secretAccessKey: c.secretAccessKey,
      sessionToken: c.sessionToken || undefined,
    },
    region: c.region,
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
    applyChecksum: true,
  });
  // Virtual-hosted style names the bucket in the host, path style in the path.
  const encodedKey = c.key.split('/').map(extendedEncodeURIComponent).join('/');
  const path = c.virtual ? '/' + encodedKey : '/' + c.bucket + '/' + encodedKey;
  const host = c.virtual ? c.bucket + '.' + c.host : c.host;
  const request = {
    method: c.method,
    protocol: 'http:',
    hostname: host,
    path,
    query: Object.assign({}, c.query),
    headers: { host, 'x-amz-content-sha256': c.payloadHash },
  };
  const signingDate = new Date(c.time * 1000);
  if (c.kind === 'presign') {
    // UNSIGNED-PAYLOAD stays out of the URL and out of the signed headers, as Satchel sends it.
    const only = new Set(['x-amz-content-sha256']);
    const signed = await signer.presign(request, {
      signingDate,
      expiresIn: c.expires,
      unhoistableHeaders: only,
      unsignableHeaders: only,
    });
    return { host, path: signed.path, query: signed.query };
  }
  const signed = await signer.sign(request, { signingDate });
  return { host, path: signed.path, authorization: signed.headers.authorization };
}

(async () => {
  const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const results = [];
  for (const c of cases) results.push(await signOne(c));
  process.stdout.write(JSON.stringify(results));
})().catch((err) => {
  process.stderr.write(String(err && err.stack || err) + '\n');
  process.exit(1);
});
