/** @odoo-module **/
// Beranda Kinerja ASN: the app's first screen, one section per role the user holds
// (hr.kinerja.beranda.get_beranda computes every count with the user's own rights).

import { Component, onWillStart, useState } from "@odoo/owl";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { standardActionServiceProps } from "@web/webclient/actions/action_service";

export class KinerjaBeranda extends Component {
    static template = "hr_kinerja_asn.Beranda";
    static props = { ...standardActionServiceProps };

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
        this.state = useState({ data: null });
        onWillStart(() => this.load());
    }

    async load(periodeEvaluasiId = null) {
        this.state.data = await this.orm.call("hr.kinerja.beranda", "get_beranda", [], {
            periode_evaluasi_id: periodeEvaluasiId,
        });
    }

    onChangeBulan(ev) {
        this.load(parseInt(ev.target.value) || null);
    }

    open(action) {
        this.action.doAction(action);
    }

    openSkp(skpId) {
        this.action.doAction({
            type: "ir.actions.act_window",
            res_model: "hr.kinerja.skp",
            res_id: skpId,
            views: [[false, "form"]],
            target: "current",
        });
    }

    openUnit(unitId) {
        this.action.doAction({
            type: "ir.actions.act_window",
            res_model: "hr.kinerja.evaluasi.unit",
            res_id: unitId,
            views: [[false, "form"]],
            target: "current",
        });
    }
}

registry.category("actions").add("hr_kinerja_asn.beranda", KinerjaBeranda);
