<?php
require 'vendor/autoload.php';

use OpenTok\OpenTok;
use OpenTok\Role;

$opentok = new OpenTok(getenv('OPENTOK_API_KEY'), getenv('OPENTOK_API_SECRET'));

// ruleid: hardcoded-session-id
$sessionId = '2_MX43MzAxOTQ4Mn5-MTc2NDA4NjQwMDEyM341S2pwMXZSdCsxZmpPUlMvNmlsSThpaE5-';
// ok: hardcoded-session-id
$fromRequest = $_GET['sessionId'] ?? '';

$config = [
    // ruleid: hardcoded-session-id
    'sessionId' => "2_MX40NjI4NDkxN35-MTc2NDE3MjgwMDQ1Nn5GWVkva3Y1WkpyM0oxVFdEdGt3dEREYit-",
    // ok: hardcoded-session-id
    'fallback' => '<#sessionId#>',
];

// ruleid: hardcoded-session-id
$token = $opentok->generateToken('1_MX40NTgyODA2Mn5-TW9uIE5vdiAyMyAxMDowMTowMiBQU1QgMjAyNn51OGp6UGRlMElneExkNkduY2ZCQWVwZkp-UA', ['role' => Role::PUBLISHER]);

// ok: hardcoded-session-id
$broken = '1_MX4fjgVvVqE1SkHbn88HxjSI6bWHtP3fS2qHx6kwXoIIXGv'; // '1_MX40NTgyODA2Mn5-VGh1IERlYyAwMyAxODozMDowMCBQU1QgMjAyNn5QS1IwQ3NUeTRRd2I4RHdrTmhGZG5Yc2l-UA'
// ok: hardcoded-session-id
$envSession = getenv('OPENTOK_SESSION_ID');

header('Content-Type: application/json');
echo json_encode(['sessionId' => $sessionId, 'token' => $token]);
