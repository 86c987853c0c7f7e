// Configures archive storage through the REST API.
async function configureStorage(projectKey, jwt) {
  const body = {
    // ruleid: archive-storage-fallback-enabled
    type: 's3',
    config: { bucket: 'meeting-archives', accessKey: process.env.AK, secretKey: process.env.SK },
  };
  // ruleid: archive-storage-fallback-enabled
  await fetch(`https://api.opentok.com/v2/project/${projectKey}/archive/storage`, {
    method: 'PUT', headers: { 'X-OPENTOK-AUTH': jwt }, body: JSON.stringify(body),
  });
}

async function configureStorageSafely(projectKey, jwt) {
  const body = {
    type: 's3',
    config: { bucket: 'meeting-archives' },
    fallback: 'none',
  };
  // ok: archive-storage-fallback-enabled
  await fetch(`https://api.opentok.com/v2/project/${projectKey}/archive/storage`, {
    method: 'PUT', headers: { 'X-OPENTOK-AUTH': jwt }, body: JSON.stringify(body),
  });
}
