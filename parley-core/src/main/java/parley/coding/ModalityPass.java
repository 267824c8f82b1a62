package parley.coding;

import java.util.List;
import parley.coding.TriggerFinder.Trigger;
import parley.kb.CameoTable;
import parley.model.Mode;
import parley.model.Sentence;
import parley.model.Token;

/**
 * Modality and intent pass: whether the act is asserted, negated, future or hypothetical (ModalityReader); an
 * act wanted by another event ("appelle Israël à cesser ses frappes") has not happened; an announced act
 * ("a promis d'envoyer de l'aide") becomes the intent to do it (IntentReader), asserted by its announcer.
 */
final class ModalityPass implements CandidatePass {
    private static final CodeSets SETS = CodeSets.bundled();

    private final CameoTable cameo;
    private final ModalityReader modality = new ModalityReader();
    private final IntentReader intents = new IntentReader();

    ModalityPass(CameoTable cameo) {
        this.cameo = cameo;
    }

    @Override
    public String name() {
        return "modality";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        Sentence s = x.s();
        c.mode = modality.read(s, c.trigger.token(), x.lang(), c.trigger.used());
        if (c.mode == Mode.ASSERTED && isWantedByAnotherEvent(s, c.trigger, x.triggers())) {
            c.mode = Mode.HYPOTHETICAL;
        } else if (c.mode == Mode.FUTURE || c.mode == Mode.HYPOTHETICAL) {
            IntentReader.Intent intent = intents.read(s, c.trigger.token(), c.root(), x.lang(), c.mode == Mode.FUTURE);
            if (intent != null) {
                c.trigger = new Trigger(c.trigger.token(), c.trigger.entry().asIntent(intent.cameo()), c.trigger.used());
                c.code = cameo.get(intent.cameo());
                c.mode = modality.read(s, intent.announcer(), x.lang());
            }
        }
    }

    /**
     * What an appeal, a promise, a demand, a rejection or a threat is about has not happened: in
     * "appelle Israël à cesser ses frappes" the strikes are not reported as a new event.
     */
    private static boolean isWantedByAnotherEvent(Sentence s, Trigger tr, List<Trigger> all) {
        Token cur = tr.token();
        for (int depth = 0; depth < 4 && cur.head() >= 0; depth++) {
            // a coordinated act, an aside, or a circumstance with its own subject ("vowed to retaliate after
            // Washington imposed tariffs") is reported as done, not wanted
            boolean circumstance = cur.baseRel().equals("advcl") && s.hasChild(cur.index(), "nsubj");
            // an unlabelled attachment ("turned down requests, instead telling Cambodia it must...") is an aside
            if (cur.deprel().equals("dep") || cur.baseRel().equals("conj") || cur.baseRel().equals("parataxis") || circumstance) {
                return false;
            }
            int head = cur.head();
            if (all.stream().anyMatch(o -> o.token().index() == head && SETS.has("wanting", o.entry().cameo()))) {
                return true;
            }
            cur = s.token(head);
        }
        return false;
    }
}
