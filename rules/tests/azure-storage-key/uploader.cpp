// Archive upload to Azure Blob Storage for the video app
#include <cstdlib>
#include "uploader.h"

namespace app {

// ruleid: azure-storage-key
constexpr const char *kAzureStorageConnectionString = "DefaultEndpointsProtocol=https;AccountName=acmevideoarchive;AccountKey=iciZ/zeJbmdgPZKdqZTnLf6iWP7OPgeIJrMqRXhtoLS63gJMygA/F5f2IiqZDv8Hwqf+sTj1KR8D/dPYDTbocw==;EndpointSuffix=core.windows.net";
// ruleid: azure-storage-key
constexpr const char *kAzureStorageKey = "7kpiDNYpeBOR/MnaEVhHWs5WOCJIAD07ChJNvIZQ6pkuoW95AJbhUTwzo7shUOnJ3CummHGvHSRtbjalXw4EEw==";
// ruleid: azure-storage-key
constexpr const char *kArchiveSasToken = "?sp=racwdl&st=2024-06-01T08:00:00Z&se=2025-06-01T16:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=Fg83Qd6JfjDY%2BwwC1KSBqiG8E2Vbc2V78r0b4R%2FKvBY%3D";
// ruleid: azure-storage-key
constexpr int kRetryLimit = 3; // was "DefaultEndpointsProtocol=https;AccountName=acmevideostaging;AccountKey=BEZrlFZ6xN1OBpjoklvEAWi0pllYwtgzbV2NuGx5enZbnwFOyGk18SoI4Kjc05JXCtrAWM2R/LTWVxCGw08w6A==;EndpointSuffix=core.windows.net" before rotation
// ok: azure-storage-key
constexpr const char *kLocalStorageConnectionString = "UseDevelopmentStorage=true";
// ok: azure-storage-key
constexpr const char *kAzuriteConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
// ok: azure-storage-key
constexpr const char *kEmulatorStorageKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
// ok: azure-storage-key
constexpr const char *kSampleAzureStorageKey = "<storage-account-key>";
// ok: azure-storage-key
constexpr const char *kTemplatedConnectionString = "DefaultEndpointsProtocol=https;AccountName=acmevideoarchive;AccountKey=${AZURE_STORAGE_KEY};EndpointSuffix=core.windows.net";
// ok: azure-storage-key
constexpr int kUploadTimeoutSeconds = 3; // was "xdHcheNOhAqwlVzrpc0dlbmh787/3WipD5yK9Vm7H//YWWCxltkimF5GIHVwpJcJyqO+egzHBbx7QvC8EebC8A==" before rotation

void configure(UploadConfig &cfg) {
  // ruleid: azure-storage-key
  cfg.accountKey = "3gnSfigmFMSOWAxLj9siro6N/xqJ1pnMqy3SZ461EXJN3AzJ7T+otS02EoXXCZzKpVQq2BetKolKQVJWmRnfgg==";
  // ruleid: azure-storage-key
  cfg.storageAccountKey = "+IYGy8GMIX2MGbv4r2kO0djcHhMI/UPJk8JIf/DTY9sGxrV5UszMXBVfgH7bBOOPBgEvGItoJJP3XUiWet78dg==";
  // ruleid: azure-storage-key
  cfg.containerUrl = "https://acmevideoarchive.blob.core.windows.net/archives?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2026-12-31T23:59:59Z&st=2024-06-01T00:00:00Z&spr=https&sig=gPFdBRYGi6Ne7lT5pb8JH1l3hblWed%2B9NUSpxJOHuTg%3D";
  // ok: azure-storage-key
  const char *prodAzureStorageConnectionString = std::getenv("PROD_AZURE_STORAGE_CONNECTION_STRING");
  // ok: azure-storage-key
  cfg.signingPublicKey = "WynNYozsjyutANW2GLpOPF3iZOJwa456wBqIIq1IFyxldsxLXBIKsEX0nds0LFECHoChq/VztDRuEuYnkJ6AuQ==";
  // ok: azure-storage-key
  cfg.archiveBlobUrl = "https://acmevideoarchive.blob.core.windows.net/archives/2024/06/archive.mp4";
  // ok: azure-storage-key
  cfg.maskedAccountKey = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==";
  // ruleid: azure-storage-key
  notify("https://acmevideoarchive.blob.core.windows.net/archives/upload?sig=3YV%2BTMl%2Bn7gwLoRXPxzOxNF2cKkimTyINVl%2FcUTByh8%3D&se=2026-01-01T00:00:00Z&sp=cw&sv=2021-08-06&sr=c");
}

} // namespace app
