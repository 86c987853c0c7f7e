import { Body, Controller, Post, Req, UseGuards } from '@nestjs/common';
import { Vonage } from '@vonage/server-sdk';
import { AuthGuard } from './auth.guard';
import { MeetingsService } from './meetings.service';

interface Attendee {
  id: string;
  firstName: string;
  lastName: string;
  phoneNumber: string;
}

@Controller('meetings')
@UseGuards(AuthGuard)
export class MeetingsController {
  private readonly vonage = new Vonage({
    applicationId: process.env.VONAGE_APP_ID,
    privateKey: process.env.VONAGE_PRIVATE_KEY_PATH,
  });

  constructor(private readonly meetings: MeetingsService) {}

  @Post('join')
  async join(@Req() req: { user: Attendee }, @Body() body: { meetingId: string }) {
    const meeting = await this.meetings.find(body.meetingId);
    const attendee: Attendee = req.user;
    const connectionData = JSON.stringify({
      displayName: `${attendee.firstName} ${attendee.lastName}`,
    });
    const token = this.vonage.video.generateClientToken(meeting.sessionId, {
      role: 'publisher',
      // ruleid: pii-in-token-data
      data: connectionData,
    });
    return { token };
  }

  @Post('observe')
  async observe(@Req() req: { user: Attendee }, @Body() body: { meetingId: string }) {
    const meeting = await this.meetings.find(body.meetingId);
    const token = this.vonage.video.generateClientToken(meeting.sessionId, {
      role: 'subscriber',
      // ok: pii-in-token-data
      data: JSON.stringify({ attendeeId: req.user.id }),
    });
    return { token };
  }
}
