// NestJS: guards on the controller class or on the handler.
import { Controller, Get, Post, UseGuards, Body } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Controller('public')
export class PublicVideoController {
  constructor(private readonly opentok: OpenTok) {}

  // ruleid: unauthenticated-token-endpoint
  @Post('token')
  token(@Body() body: TokenRequest) {
    return { token: this.opentok.generateToken(body.sessionId) };
  }

  // ok: unauthenticated-token-endpoint
  @Get('health')
  health() {
    return 'ok';
  }

  // ok: unauthenticated-token-endpoint
  @Post('member-token')
  @UseGuards(AuthGuard('jwt'))
  memberToken(@Body() body: TokenRequest) {
    return { token: this.opentok.generateToken(body.sessionId) };
  }
}

@Controller('video')
@UseGuards(JwtAuthGuard)
export class VideoController {
  constructor(private readonly opentok: OpenTok) {}

  // ok: unauthenticated-token-endpoint
  @Post('token')
  token(@Body() body: TokenRequest) {
    return { token: this.opentok.generateToken(body.sessionId) };
  }
}
