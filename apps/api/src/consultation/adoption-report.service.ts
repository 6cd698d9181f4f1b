import { Injectable } from '@nestjs/common';
import { departmentsFromDocuments } from '@planledger/domain';
import { buildAdoptionReport, renderReportCsv, renderReportDocx, renderReportMarkdown } from '@planledger/reports';
import { PlanCommandsService } from '../plans/plan-commands.service';
import { ConsultationDocuments } from './consultation-documents';
import { ConsultationService } from './consultation.service';
import { DepartmentsService } from './departments.service';
import type { AdoptionReportType } from './consultation.types';

/** 意见采纳情况表 from the events of a round: never typed by hand. */
@Injectable()
export class AdoptionReportService {
  constructor(
    private readonly consultation: ConsultationService,
    private readonly documents: ConsultationDocuments,
    private readonly plans: PlanCommandsService,
    private readonly registry: DepartmentsService,
  ) {}

  async report(roundId: string): Promise<AdoptionReportType> {
    const { round, feedback } = await this.consultation.roundFeedback(roundId);
    const consultationDocument = await this.documents.documentAt(round.planId, round.consultationRevision);
    const latest = await this.plans.current(round.planId);
    const latestDocument = await this.documents.documentAt(round.planId, latest.revision);
    const report = buildAdoptionReport({
      round: { roundNumber: round.roundNumber, noObjectionDepartmentIds: round.noObjectionDepartmentIds },
      consultationDocument,
      latestDocument,
      comments: feedback.comments,
      departments: [...(await this.registry.list()), ...departmentsFromDocuments([consultationDocument, latestDocument])],
      noObjectionAnswers: feedback.noObjectionAnswers,
    });
    return {
      roundId,
      rows: report.rows,
      summary: report.summary,
      noObjectionDepartments: report.noObjectionDepartments.map((d) => d.name),
      markdown: renderReportMarkdown(report),
      csv: renderReportCsv(report),
      docxBase64: (await renderReportDocx(report)).toString('base64'),
    };
  }
}
