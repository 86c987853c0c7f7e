<?php
// Token endpoint of the tutoring site (OpenTok PHP SDK + Vonage client).
require __DIR__ . '/vendor/autoload.php';

use OpenTok\OpenTok;
use OpenTok\Role;
use Vonage\Client;
use Vonage\Client\Credentials\Basic;

// ruleid: vonage-api-secret
$opentok = new OpenTok('45828062', '45cf469fe7e24be007b8bd4b2ecd2f53f6455acb');

// ruleid: vonage-api-secret
$apiSecret = 'd18526dbf13d45c7f0e2ff92566d3d69862c12cf';

// ruleid: vonage-api-secret
define('OPENTOK_SECRET', '6fc4e7d4a4c671622e0767ca6bdf11b90360b117');

$config = [
    'opentok' => [
        'api_key' => '45828062',
        // ruleid: vonage-api-secret
        'api_secret' => 'b13ea0db101174c648bcb3b23665e964b9b0bb5b',
    ],
];

// ruleid: vonage-api-secret
$vonage = new Client(new Basic('6a2f8c1d', 'A8pOxppniPreErjh'));

$headers = [
    // ruleid: vonage-api-secret
    'X-TB-PARTNER-AUTH' => '45828062:35a1b1ae5ee124f073b36ae957e705320df37208',
];

// ok: vonage-api-secret
define('OPENTOK_SECRET_EXAMPLE', '0123456789abcdef0123456789abcdef01234567');

// ok: vonage-api-secret
$liveOpentok = new OpenTok(getenv('OPENTOK_API_KEY'), getenv('OPENTOK_API_SECRET'));

// ok: vonage-api-secret
$defaultSecret = '';

// ok: vonage-api-secret
$exampleSecret = 'YOUR_API_SECRET';

// ok: vonage-api-secret
$deploySha = '880e860c9321467db94d85b9bee8171a802de2a1';

// ok: vonage-api-secret
$cacheEtag = 'cbc1d7a2bf2f394777caa88b30d0cba186112728';

// ok: vonage-api-secret
$liveVonage = new Client(new Basic(getenv('VONAGE_API_KEY'), getenv('VONAGE_API_SECRET')));

// ok: vonage-api-secret
$region = 'us'; // $apiSecret = '032c9341e8352cae0b1434bd6d908e5269387972';

// ok: vonage-api-secret
echo json_encode(['token' => $opentok->generateToken($_GET['sessionId'], ['role' => Role::PUBLISHER])]);
