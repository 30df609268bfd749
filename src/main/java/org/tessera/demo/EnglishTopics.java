package org.tessera.demo;

import java.util.List;
import java.util.stream.Stream;

/** What the English-speaking customers write about. */
final class EnglishTopics {

    private EnglishTopics() {
    }

    static List<Topic> all() {
        return Stream.of(PRINTER, VPN, PASSWORD, INVOICE, PLAN, MAIL_OUTAGE, WIFI, ONBOARDING, OFFBOARDING, ACCESS,
                RESTORE, SLOW_ERP, OUTLOOK).map(block -> Topic.parse(Language.EN, block)).toList();
    }

    private static final String PRINTER = """
            type: incident
            team: First line
            tags: printer, hardware
            system: Printers
            subject: Printer on the 2nd floor prints blank pages
            subject: Can't print to the office printer since this morning
            subject: Printer shows "offline" for everyone at {org}
            description: Since this morning nobody in our office can print. The printer shows as offline on every laptop, although its own screen says Ready. We already switched it off and on again.
            reply: Thanks for reporting this. I'm looking into the print server now and will let you know as soon as I know more.
            ask: Could you send me a photo of the printer's display and tell me the printer's name as it appears on your laptop?
            info: Here is the photo. The printer appears as "HP-LaserJet-2F" in the list.
            solution: The print queue on the server was stuck after a driver update. I cleared it and reinstalled the driver; test pages come out fine now. Please try again and let me know.
            thanks: It works again, thank you for the quick help!
            note: Print spooler on PRINT01 hung after last night's driver push. Restarted the spooler; we should pin the driver version.
            nudge: Any news on this? We have contracts to print today.
            """;

    private static final String VPN = """
            type: incident
            team: Infrastructure
            tags: vpn, network
            system: VPN
            subject: VPN disconnects every few minutes
            subject: Cannot connect to the VPN from home
            subject: VPN says "authentication failed" after my password change
            description: When I work from home the VPN drops roughly every ten minutes and I lose my remote desktop session. It started after the update on Monday.
            reply: Sorry about the trouble. I'm checking the VPN gateway logs for your account now.
            ask: Which client version do you have (Help > About), and are you on Wi-Fi or on a cable when it drops?
            info: Client version 5.2.1, on Wi-Fi. It happened three more times this morning.
            solution: Your profile still pointed at the old gateway, which cuts idle sessions after ten minutes. I pushed the new profile; after reconnecting once the connection should stay up.
            thanks: Rock solid for two days now. Thanks a lot!
            note: Old gateway vpn1 still has the 10 min idle timeout. 4 users left on the old profile, migrate them this week.
            nudge: Still happening today, I was disconnected twice during a client call.
            """;

    private static final String PASSWORD = """
            type: question
            team: First line
            tags: password, account
            weight: 3
            subject: Password reset for my account
            subject: Locked out after too many login attempts
            subject: Forgot my password for the customer portal
            description: I can't log in anymore, it says my account is locked. Could you reset my password, please?
            reply: I can help with that. For security reasons I'll send the reset link to the email address we have on file.
            ask: Could you confirm the phone number on your account, so that I can check it's really you?
            info: Sure, it ends in 4471.
            solution: Done: your account is unlocked and a reset link is on its way. It is valid for one hour.
            thanks: I'm back in. Thank you!
            note: Identity verified by phone. Third lockout this month; suggest the authenticator app instead of SMS codes.
            nudge: Just checking: I still can't log in and need to send a report today.
            """;

    private static final String INVOICE = """
            type: question
            team: Billing
            tags: invoice, billing
            billed: yes
            weight: 3
            subject: Invoice {n} charged twice
            subject: Question about invoice {n}
            subject: Wrong VAT number on invoice {n}
            description: Our card was charged twice for invoice {n} this month. Can you check and refund the duplicate payment?
            reply: Thank you for letting us know. I'm checking the payments for invoice {n} with our finance team.
            ask: Could you send the last four digits of the card and the dates of both charges as they appear on your statement?
            info: Card ending in 0932, charged on the 3rd and again on the 4th, same amount.
            solution: You're right, the payment was captured twice. The refund of the duplicate went out today and should show on your statement within 5 business days.
            thanks: Perfect, thanks for sorting this out.
            note: Duplicate capture caused by a gateway retry. Refund reference RF-{n}; finance informed.
            nudge: Any update on the refund? Our accountant is asking.
            """;

    private static final String PLAN = """
            type: question
            team: Billing
            tags: plan, billing
            billed: yes
            subject: Upgrade our plan to 25 seats
            subject: How do we cancel the reporting add-on?
            subject: Change the billing contact for {org}
            description: We are growing and need 25 seats instead of 15 from next month. How does the price change, and when would we be billed?
            reply: Great to hear you're growing! I'm preparing a quote for the new seats.
            ask: Should the new seats start on the 1st of next month, or right away (pro rata)?
            info: The 1st of next month works best for us.
            solution: All set: from the 1st you'll have 25 seats. The updated quote is on your account page and the next invoice will show the new amount.
            thanks: Thanks, that was easy.
            note: Applied the 10% volume discount agreed with sales. Check the next invoice.
            nudge: Hi again, could we get the quote this week? Our budget meeting is on Friday.
            """;

    private static final String MAIL_OUTAGE = """
            type: incident
            team: Infrastructure
            tags: outage, email
            system: Email
            subject: Nobody at {org} can send email
            subject: Outgoing emails stuck in the outbox
            subject: URGENT: email down for the whole office
            description: Since about 9:00 none of us can send email, everything stays in the outbox. Receiving seems to work. This is urgent, we can't answer our customers.
            reply: We're aware of a problem with outgoing mail and are working on it right now. I'll update you within the hour.
            ask: Do you get an error message when sending? A screenshot would help us confirm it's the same issue.
            info: The error says "550 relay not permitted". Screenshot attached.
            solution: The relay's certificate expired overnight. We renewed it and the queued messages went out. Everything should be back to normal; tell us if anything is still stuck.
            thanks: Emails are flowing again. Thanks for the fast reaction!
            note: TLS certificate on smtp-relay expired at 02:00. Renewed by hand. Add certificate expiry to monitoring!
            nudge: Still down here. Is there an estimate?
            """;

    private static final String WIFI = """
            type: incident
            team: Infrastructure
            tags: wifi, network
            system: Network
            subject: Wi-Fi in the meeting room keeps dropping
            subject: No Wi-Fi on the 3rd floor
            description: The Wi-Fi in the big meeting room drops every few minutes. Video calls are impossible in there.
            reply: Thanks, I'm checking the access point in that room remotely.
            ask: Does it happen with every device, or only with some laptops?
            info: All devices, phones too.
            solution: The access point had a failing power supply. We replaced it this morning and the signal is stable again.
            thanks: Calls work perfectly now, thanks!
            note: PoE injector of AP-MR1 faulty, replaced from stock. Order a spare.
            nudge: We have a client meeting in that room tomorrow. Any news?
            """;

    private static final String ONBOARDING = """
            type: task
            team: First line
            tags: onboarding
            subject: Onboarding: new colleague starting Monday
            subject: Accounts and laptop for a new hire
            subject: Set up access for our new intern
            description: Olivia Bennett joins our sales team on Monday. She needs an email account, VPN access and a laptop.
            reply: Welcome to Olivia! I've started the onboarding checklist and will keep you posted.
            ask: Which shared folders and mailing lists should she have access to?
            info: The same as Tom in Sales: the Sales share and the sales@ list.
            solution: Everything is ready: account created, laptop set up and VPN enabled. Her first password is in a sealed envelope at the reception.
            thanks: Great, she's all set. Thanks!
            note: Laptop asset TAG-{n} assigned. Remember to add her to the MFA rollout group.
            nudge: Just a reminder that she starts on Monday.
            """;

    private static final String OFFBOARDING = """
            type: task
            team: First line
            tags: offboarding, account
            subject: Remove access for a departing employee
            subject: Offboarding: last day on Friday
            description: Mark Davies leaves us on Friday. Please disable his accounts after 18:00 and forward his mail to his manager.
            reply: Understood. I've scheduled the deactivation for Friday at 18:00.
            ask: Who should receive the files from his personal drive?
            info: His manager, Laura Hughes, please.
            solution: Accounts disabled, mail forwarded to Laura and his files moved to her drive. The laptop can come back to the office.
            thanks: Thanks for handling this so smoothly.
            note: Revoked his VPN certificate and removed him from 6 groups. Wipe the laptop when it's back.
            nudge: Friday is tomorrow. Is everything scheduled?
            """;

    private static final String ACCESS = """
            type: question
            team: First line
            tags: permissions, files
            subject: Access to the Finance shared folder
            subject: Cannot open files on the shared drive
            description: I need access to the Finance folder on the shared drive for the quarterly report. My manager has approved it.
            reply: Thanks! I'll check the folder permissions now.
            ask: Could you ask your manager to confirm the approval by replying here?
            info: My manager is in copy and has confirmed it.
            solution: You now have read and write access to the Finance folder. You may need to sign out and in again to see it.
            thanks: I can see it now. Thanks!
            note: Added to grp-finance-rw. Manager's approval is in the thread.
            nudge: Any update? The report is due on Friday.
            """;

    private static final String RESTORE = """
            type: task
            team: Infrastructure
            tags: backup
            subject: Restore a deleted folder from last week's backup
            subject: Recover an overwritten spreadsheet
            description: Please restore the folder "Projects/2024" that was deleted by mistake yesterday afternoon.
            reply: No problem, I'm looking for the most recent backup that still has the folder.
            ask: Should I restore it to its original place, or to a new folder next to it?
            info: A new folder next to it, please, so that we can compare.
            solution: Restored from last night's backup to "Projects/2024 (restored)": 1,482 files, nothing missing.
            thanks: Everything is there. Thanks a lot!
            note: The restore took 12 minutes from the offsite copy. Logged as this month's restore test.
            nudge: Could you tell me roughly when it will be back?
            """;

    private static final String SLOW_ERP = """
            type: problem
            team: Infrastructure
            tags: performance, erp
            weight: 1
            subject: ERP very slow every morning
            subject: Reports time out between 8 and 10 am
            description: For two weeks the ERP has been very slow every morning; screens take 30 seconds to open. By lunchtime it's fine again.
            reply: Thanks. Other customers report the same, so we've opened a problem record and are analysing the database load.
            ask: Could you note the exact times when it's slow tomorrow morning? That helps us match it with our metrics.
            info: Today it was slow from 8:05 to 9:40, worst around 8:30.
            solution: The nightly backup job ran into business hours and locked tables. We moved it to 01:00 and added an index; mornings should be fast now.
            thanks: This morning was fine. Thank you for digging into it!
            note: Backup window overlaps the 08:00 batch import. Known error KE-{n}; workaround: run reports after 10:00.
            nudge: Same again this morning. Any progress?
            """;

    private static final String OUTLOOK = """
            type: problem
            team: First line
            tags: outlook, email
            weight: 1
            subject: Outlook crashes when opening shared calendars
            subject: Outlook keeps freezing for several people
            description: Several of us see Outlook freeze and close when we open the shared team calendar. It happens a few times a day.
            reply: Thanks for the details. We see the same on other sites and have opened a problem to find the root cause.
            ask: Could you send us the Outlook version and, if possible, the time of the last crash?
            info: Version 2408, last crash today at 14:12.
            solution: The crash comes from a faulty calendar add-in. We removed it centrally; Outlook will pick up the change at the next restart.
            thanks: No more crashes since yesterday. Thanks!
            note: Crash dumps point to the meeting-room add-in v3.1. Vendor ticket opened, reference {n}.
            nudge: It crashed again three times today.
            """;
}
